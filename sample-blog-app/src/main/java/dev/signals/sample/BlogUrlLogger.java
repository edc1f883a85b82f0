package dev.signals.sample;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints the blog's address once it is ready, seed data included.
 */
@Component
class BlogUrlLogger {

	private static final Logger logger = LoggerFactory.getLogger(BlogUrlLogger.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			logger.info("Blog running at http://localhost:{}", port);
		}
	}

}
