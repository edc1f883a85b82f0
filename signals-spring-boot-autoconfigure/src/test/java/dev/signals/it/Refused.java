package dev.signals.it;

/**
 * An application exception thrown by a test receiver; Spring's exception translation leaves
 * it as it is.
 */
class Refused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	Refused(String message) {
		super(message);
	}

}
