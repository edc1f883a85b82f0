package dev.signals.web;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import jakarta.servlet.Filter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Auto-configuration of Django's request signals ({@code request_started},
 * {@code request_finished}, {@code got_request_exception}) for servlet web applications with
 * Spring MVC: the {@link RequestSignalsFilter}, which Spring Boot registers with the
 * embedded container and with {@code MockMvc}. Backs off when signals are off.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({ Filter.class, DispatcherServlet.class })
@ConditionalOnBean({ ReceiverRegistry.class, SignalDispatcher.class })
public final class RequestSignalsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RequestSignalsFilter requestSignalsFilter(ReceiverRegistry registry, SignalDispatcher dispatcher) {
		return new RequestSignalsFilter(registry, dispatcher);
	}

}
