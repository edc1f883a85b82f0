package dev.signals.ops;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a test in the application of this package on the PostgreSQL server, in its own
 * schema, with the {@code signals} endpoint available.
 */
@SpringBootTest(classes = OpsTestApplication.class,
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=signals_ops",
				"spring.jpa.properties.hibernate.default_schema=signals_ops",
				"management.endpoints.web.exposure.include=signals" })
abstract class OpsTestSupport {

}
