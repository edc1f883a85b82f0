package dev.signals.writes;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application of the tests of receivers that write: the entities, repositories and
 * receivers of this package, in their own schema.
 */
@SpringBootApplication
public class WritesTestApplication {

}
