package dev.signals.bench.micro;

/**
 * Another entity type, whose receivers must cost nothing to writes of {@link MicroPost}.
 */
public final class MicroAuthor {

}
