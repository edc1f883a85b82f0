package dev.signals.bench.micro;

import org.springframework.context.ApplicationEvent;

/**
 * What an application would publish itself to tell a Spring {@code @EventListener} that a
 * post was saved: the post and whether it was created, like a {@code PostSave}.
 */
public final class PostSavedEvent extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final boolean created;

	/**
	 * Create an event.
	 * @param post the saved post
	 * @param created whether the save was an insert
	 */
	public PostSavedEvent(MicroPost post, boolean created) {
		super(post);
		this.created = created;
	}

	/**
	 * Whether the save was an insert.
	 * @return whether the post was created
	 */
	public boolean created() {
		return this.created;
	}

}
