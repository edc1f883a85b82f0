package dev.signals;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a Spring bean as a receiver of signals (Django's
 * {@code @receiver}).
 *
 * <p>The method is public, returns {@code void} and takes exactly one parameter of a
 * {@link ModelSignal} type (or {@link BulkChanged}, a {@link RequestSignal} or
 * {@link MigrationSignal} type, or {@link SignalEvent} for a custom signal, whose receivers
 * may return a response, or a {@link SignalSnapshot} for a {@link #durable() durable} or
 * {@link #external() external} one), from which the signal type and the sender are inferred:
 * <pre class="code">
 * &#64;SignalReceiver
 * public void onSave(PostSave&lt;Article&gt; signal) { ... }
 *
 * &#64;SignalReceiver(value = { SignalType.PRE_SAVE, SignalType.PRE_DELETE }, sender = Article.class)
 * public void onAny(ModelSignal&lt;?&gt; signal) { ... }
 * </pre>
 *
 * <p>Senders match by Java subtyping: a receiver for {@code Car} also receives signals of a
 * {@code SportsCar} (Django matches the exact class only). {@link org.springframework.core.annotation.Order @Order}
 * on the method orders receivers of the same signal; otherwise they run in registration
 * order. A misdeclared receiver fails application startup with a message that names the
 * class and the method.
 *
 * @since 0.1.0
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SignalReceiver {

	/**
	 * The signal types to receive. Empty means the types the parameter's class stands for:
	 * {@code PostSave} means {@link SignalType#POST_SAVE}, {@code ModelSignal} every type.
	 * @return the signal types
	 */
	SignalType[] value() default {};

	/**
	 * The entity classes to receive signals of (and their subclasses). Empty means the
	 * parameter's generic type ({@code PostSave<Article>} means {@code Article}), or every
	 * entity when that is a wildcard. Request and migration signals have no sender: setting
	 * one on their receivers fails startup.
	 * @return the sender classes
	 */
	Class<?>[] sender() default {};

	/**
	 * The attributes this receiver is about. For save signals: only writes that change one of
	 * these attributes (inserts always); for {@link SignalType#M2M_CHANGED}: only changes of
	 * these collection attributes (such as {@code tags}). Empty means every attribute. A name
	 * that is not a persistent attribute (for {@code M2M_CHANGED}, a many-to-many collection)
	 * of the sender or of an entity class that extends it fails startup, and so does any
	 * field of a request or migration signal receiver.
	 * @return the attribute names
	 */
	String[] field() default {};

	/**
	 * A SpEL expression that must evaluate to {@code true} for the receiver to be called, as
	 * with {@code @EventListener(condition = ...)}. The signal is the root object and the
	 * variable {@code #signal}; beans are referenced with {@code @name}. For example
	 * {@code "changedTo('status', 'PUBLISHED')"} or {@code "instance.wordCount > 1000"}. An
	 * expression that does not parse, or that asks the signal with {@code changed},
	 * {@code previous}, {@code current} or {@code changedTo} about an attribute the entities
	 * it receives do not have, fails startup.
	 * @return the condition, empty for none
	 */
	String condition() default "";

	/**
	 * When the receiver runs relative to the transaction. Request and migration signals are
	 * not sent in a transaction: their receivers are {@link Phase#IMMEDIATE}, and another
	 * phase fails startup.
	 * @return the phase
	 */
	Phase phase() default Phase.IMMEDIATE;

	/**
	 * Whether the receiver's deliveries survive a crash (the durable counterpart of Django's
	 * {@code transaction.on_commit}). Each signal the receiver wants is stored, in the
	 * transaction that sends it, in Spring Modulith's event publication registry, and
	 * delivered after the commit <em>at least once</em>: retried with backoff when the
	 * receiver fails, and resubmitted after a restart when the process died first (see
	 * {@code signals.durable.*}).
	 *
	 * <p>A durable receiver has phase {@link Phase#AFTER_COMMIT}, takes a
	 * {@link SignalSnapshot SignalSnapshot&lt;Entity&gt;} (the signal types named by
	 * {@link #value()}) or, for a custom signal, a {@link SignalEvent SignalEvent&lt;Payload&gt;}
	 * whose payload is stored as JSON, and is not {@code @Async}. It needs a registry on the
	 * class path ({@code spring-modulith-starter-jdbc}); otherwise, and when misdeclared,
	 * startup fails naming the method.
	 * @return whether deliveries are stored and delivered at least once
	 * @since 0.2.0
	 */
	boolean durable() default false;

	/**
	 * Whether the receiver gets the changes that <em>other programs</em> commit to the
	 * entity's tables (a script, a {@code psql} session, another service), read from
	 * PostgreSQL's change stream by Debezium's embedded engine
	 * ({@code signals.external.enabled=true}). The application's own writes never reach it:
	 * they sent their signals already.
	 *
	 * <p>An external receiver takes a {@link SignalSnapshot SignalSnapshot&lt;Entity&gt;}
	 * whose {@link SignalSnapshot#external()} is {@code true}: {@link SignalType#POST_SAVE}
	 * for inserts and updates, {@link SignalType#POST_DELETE} for deletes and
	 * {@link SignalType#M2M_CHANGED} for rows of a many-to-many join table (restrict them with
	 * {@link #value()}). It runs on the engine's thread, outside any transaction, at least
	 * once per change: a failure is retried until it succeeds, and the change's position in
	 * the stream is stored only after every external receiver ran. It is neither durable nor
	 * {@code @Async}, and has no {@link #field()} or {@link #condition()}; otherwise, and
	 * without Debezium on the class path, startup fails naming the method.
	 * @return whether the receiver gets changes made by other programs
	 * @since 0.3.0
	 */
	boolean external() default false;

	/**
	 * A unique identifier of this receiver (Django's {@code dispatch_uid}), used to switch it
	 * off with {@code signals.receivers.<id>=false} and to name it in logs. Defaults to
	 * {@code ClassName.methodName}.
	 * @return the receiver identifier
	 */
	String id() default "";

}
