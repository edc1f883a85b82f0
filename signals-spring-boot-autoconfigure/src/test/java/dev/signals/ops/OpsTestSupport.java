package dev.signals.ops;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Runs a test in the application of this package on the PostgreSQL server, in its own
 * schema, on a random port, with the {@code signals} endpoint exposed and its write
 * operation allowed.
 */
@SpringBootTest(classes = OpsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=signals_ops",
				"spring.jpa.properties.hibernate.default_schema=signals_ops",
				"management.endpoints.web.exposure.include=signals",
				"management.endpoint.signals.access=unrestricted" })
abstract class OpsTestSupport {

	@LocalServerPort
	int port;

}
