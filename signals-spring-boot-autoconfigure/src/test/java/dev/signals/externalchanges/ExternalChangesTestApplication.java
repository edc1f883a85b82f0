package dev.signals.externalchanges;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the external changes' tests run: articles and tags, and external
 * receivers that record what they get and keep each tag's article count.
 */
@SpringBootApplication
public class ExternalChangesTestApplication {

}
