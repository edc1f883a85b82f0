package dev.signals.autoconfigure;

import dev.signals.SignalsConfigurationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link SignalsConfigurationException} (a misdeclared receiver or a bad
 * {@code signals.*} setting) in Spring Boot's "APPLICATION FAILED TO START" format, with its
 * description and action.
 */
class SignalsFailureAnalyzer extends AbstractFailureAnalyzer<SignalsConfigurationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SignalsConfigurationException cause) {
		return new FailureAnalysis(cause.description(), cause.action(), cause);
	}

}
