package dev.signals.bench.e2e;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.signals.bench.e2e.aggregate.AggregatePostApplication;
import dev.signals.bench.e2e.audit.AuditByHand;
import dev.signals.bench.e2e.audit.AuditReceiver;
import dev.signals.bench.e2e.audit.AuditedPostApplication;
import dev.signals.bench.e2e.durable.DurablePostReceiver;
import dev.signals.bench.e2e.django.listeners.ListenedArticleApplication;
import dev.signals.bench.e2e.django.listeners.TagCountByHand;
import dev.signals.bench.e2e.django.signals.ArticleReceivers;
import dev.signals.bench.e2e.django.signals.SignalledArticleApplication;
import dev.signals.bench.e2e.listeners.ListenedPostApplication;
import dev.signals.bench.e2e.modulith.ModulithPostApplication;
import dev.signals.bench.e2e.plain.PlainPostApplication;
import dev.signals.bench.e2e.plain.PlainPostReceivers;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One way of running the workload, each in an application context of its own so that no
 * variant pays for the hooks of another. Only the signals variants have the library on; the
 * others set {@code signals.enabled=false}, which backs its auto-configuration off.
 */
public enum Variant {

	/** Plain Hibernate: the starter is on the class path but switched off. */
	BASELINE("baseline", "plain Hibernate (signals.enabled=false)", 0, PlainPostApplication.class,
			"signals.enabled=false"),

	/**
	 * Plain Hibernate again, in a context and tables of its own: the A/A control, whose
	 * ratio to {@link #BASELINE} shows how much of a difference is noise.
	 */
	BASELINE_AGAIN("baseline2", "plain Hibernate again (A/A control)", 0, PlainPostApplication.class,
			"signals.enabled=false"),

	/** The starter with no receiver. */
	NO_RECEIVERS("norecv", "signals, no receivers", 0, PlainPostApplication.class),

	/** One immediate receiver of post-save and post-delete. */
	IMMEDIATE("immediate", "signals, 1 IMMEDIATE receiver", 3, PlainPostApplication.class, PlainPostReceivers.class,
			"signals.receivers." + PlainPostReceivers.AFTER_COMMIT + "=false",
			"signals.receivers." + PlainPostReceivers.M2M + "=false"),

	/** One after-commit receiver of post-save and post-delete. */
	AFTER_COMMIT("aftercommit", "signals, 1 AFTER_COMMIT receiver", 3, PlainPostApplication.class,
			PlainPostReceivers.class, "signals.receivers." + PlainPostReceivers.IMMEDIATE + "=false",
			"signals.receivers." + PlainPostReceivers.M2M + "=false"),

	/**
	 * The immediate receiver, and one of m2m_changed, which the Java alternatives cannot
	 * observe at all: its many-to-many column shows what the m2m signal costs.
	 */
	IMMEDIATE_M2M("m2m", "signals, IMMEDIATE + m2m_changed receivers", 4, PlainPostApplication.class,
			PlainPostReceivers.class, "signals.receivers." + PlainPostReceivers.AFTER_COMMIT + "=false"),

	/** A JPA entity listener with post-persist, post-update and post-remove callbacks. */
	ENTITY_LISTENERS("entitylisteners", "JPA @EntityListeners", 3, ListenedPostApplication.class,
			"signals.enabled=false"),

	/** Spring Data domain events of an aggregate root, received by an event listener. */
	DOMAIN_EVENTS("domainevents", "Spring Data domain events", 3, AggregatePostApplication.class,
			"signals.enabled=false"),

	/**
	 * An immediate post-save receiver that saves a new audit row for each created post: its
	 * writes are made after the flush that inserted the posts, and written by a second flush.
	 */
	WRITER("writer", "signals, IMMEDIATE receiver that persists an entity per insert", 1,
			AuditedPostApplication.class, AuditReceiver.class),

	/**
	 * The same audit rows saved by hand right after each insert's {@code save}, without
	 * signals: what {@link #WRITER} is measured against.
	 */
	BY_HAND("byhand", "plain Hibernate, the same entity persisted by hand after each save", 1,
			AuditedPostApplication.class, AuditByHand.class, "signals.enabled=false"),

	/**
	 * One durable {@code AFTER_COMMIT} receiver of post-save and post-delete: each delivery
	 * stored in Spring Modulith's JDBC event publication registry with the write and made
	 * after the commit, on the committing thread.
	 */
	DURABLE("durable", "signals, 1 durable AFTER_COMMIT receiver (Modulith registry)", 3, PlainPostApplication.class,
			DurablePostReceiver.class, "spring.autoconfigure.exclude=",
			"spring.modulith.events.jdbc.schema-initialization.enabled=true",
			"spring.modulith.events.jdbc.schema=signals_bench_durable"),

	/**
	 * Spring Modulith's own durable listener: an aggregate's domain events, stored in the
	 * same kind of registry with the write and received after the commit by an
	 * {@code @ApplicationModuleListener}, on the task executor, in a transaction of its own:
	 * what {@link #DURABLE} is measured against.
	 */
	MODULITH("modulith", "Spring Modulith domain events, 1 @ApplicationModuleListener", 3,
			ModulithPostApplication.class, "signals.enabled=false", "spring.autoconfigure.exclude=",
			"spring.modulith.events.jdbc.schema-initialization.enabled=true",
			"spring.modulith.events.jdbc.schema=signals_bench_modulith"),

	/**
	 * The Django seeds' receivers: pre_save fills the slug and the word count; post_save,
	 * pre_delete and post_delete count; m2m_changed counts one more article on each tag added
	 * ({@code POST_ADD}) with a JPQL bulk update, which runs once the flush has ended.
	 */
	DJANGO_SIGNALS("djangosignals", "Django seeds: signal receivers, tag counter in m2m_changed", 5,
			SignalledArticleApplication.class, ArticleReceivers.class),

	/**
	 * The same application written with a JPA entity listener ({@code @PrePersist}/
	 * {@code @PreUpdate} fill the slug and the word count; {@code @PostPersist},
	 * {@code @PostUpdate}, {@code @PreRemove} and {@code @PostRemove} count) and the same
	 * tag counter update issued by hand right after each tag is added: what
	 * {@link #DJANGO_SIGNALS} is measured against.
	 */
	DJANGO_LISTENERS("djangolisteners", "Django seeds: JPA entity listener, tag counter by hand", 5,
			ListenedArticleApplication.class, TagCountByHand.class, "signals.enabled=false");

	private final String key;

	private final String description;

	private final int workPerPost;

	private final Class<?>[] sources;

	private final String[] properties;

	Variant(String key, String description, int workPerPost, Class<?> application, String... properties) {
		this(key, description, workPerPost, application, null, properties);
	}

	Variant(String key, String description, int workPerPost, Class<?> application, Class<?> hooks,
			String... properties) {
		this.key = key;
		this.description = description;
		this.workPerPost = workPerPost;
		this.sources = (hooks != null) ? new Class<?>[] { application, hooks } : new Class<?>[] { application };
		this.properties = properties;
	}

	/**
	 * The variants of a run: those named, and always {@link #BASELINE}, which the ratios are
	 * relative to, and {@link #BASELINE_AGAIN}, the A/A control.
	 * @param keys the keys of the variants, separated by commas, or {@code all}
	 * @return the variants, in declaration order
	 * @throws IllegalArgumentException if a key names no variant
	 */
	public static Set<Variant> selected(String keys) {
		if (keys.isBlank() || keys.trim().equals("all")) {
			return EnumSet.allOf(Variant.class);
		}
		Set<Variant> selected = EnumSet.of(BASELINE, BASELINE_AGAIN);
		for (String key : keys.trim().split("\\s*,\\s*")) {
			selected.add(Arrays.stream(values())
				.filter((variant) -> variant.key.equals(key))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("bench.variants names '" + key
						+ "', which is no variant; use all, or some of "
						+ Arrays.stream(values()).map(Variant::key).toList())));
		}
		return selected;
	}

	/**
	 * The short name used in the {@code RESULT} line and in table names.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * What the variant runs.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The work the variant's hooks do for a workload: one unit per insert, update and delete
	 * of a post (and per tag added, where m2m_changed is received), one per insert where an
	 * audit row is written for each, five per post in the Django seeds' variants (insert,
	 * update, the tag's counter, and the deletion twice, before and after its SQL), or none.
	 * @param posts the number of posts of the workload
	 * @return the expected count of the {@link WorkCounter}
	 */
	public long expectedWork(int posts) {
		return (long) this.workPerPost * posts;
	}

	/**
	 * Start the variant's application.
	 * @param tablePrefix the prefix of its table and sequence names
	 * @param extraProperties more properties, as {@code key=value}
	 * @return the running context
	 */
	public ConfigurableApplicationContext start(String tablePrefix, String... extraProperties) {
		List<String> arguments = new ArrayList<>();
		arguments.add("--bench.table-prefix=" + tablePrefix);
		for (String property : this.properties) {
			arguments.add("--" + property);
		}
		for (String property : extraProperties) {
			arguments.add("--" + property);
		}
		return new SpringApplicationBuilder(this.sources).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments.toArray(new String[0]));
	}

}
