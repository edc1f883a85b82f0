/**
 * The public API of Signals for Spring: Django-style model signals for JPA entities, and
 * Django's request and migration signals.
 *
 * <p>Receive a signal by annotating a public method of a Spring bean with
 * {@link dev.signals.SignalReceiver @SignalReceiver}; its single parameter names the signal
 * and the entity, for example {@code void on(PostSave<Article> signal)}. Every signal is
 * also an ordinary Spring {@link org.springframework.context.ApplicationEvent}.
 */
@NullMarked
package dev.signals;

import org.jspecify.annotations.NullMarked;
