package dev.signals.bench.e2e.modulith;

import java.util.ArrayList;
import java.util.List;

import dev.signals.bench.e2e.model.PostFields;
import dev.signals.bench.e2e.modulith.PostChanged.Change;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A post that records what happens to it, as the Spring Data domain events variant's
 * aggregate does; its repository publishes one {@link PostChanged} per change on
 * {@code save} and {@code delete}. The events are built when they are published, once the
 * post has its id, because Spring Modulith stores them as values (JSON), not as entities.
 */
@Entity
public class ModulithPost extends PostFields {

	@Transient
	private final List<Change> changes = new ArrayList<>();

	protected ModulithPost() {
	}

	ModulithPost(String title, String body) {
		super(title, body);
		this.changes.add(Change.CREATED);
	}

	@Override
	public void retitle(String title) {
		super.retitle(title);
		this.changes.add(Change.UPDATED);
	}

	@Override
	public void discard() {
		this.changes.add(Change.DELETED);
	}

	@DomainEvents
	List<PostChanged> events() {
		return this.changes.stream()
			.map((change) -> new PostChanged(getId(), change, content().getTitle(), content().getBody()))
			.toList();
	}

	@AfterDomainEventPublication
	void published() {
		this.changes.clear();
	}

}
