package dev.signals.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The application the integration tests run: the entities of this package, their
 * repositories and the receiver beans; {@code @Async} receivers run on Boot's task executor.
 */
@SpringBootApplication
@EnableAsync
public class SignalsTestApplication {

}
