package dev.signals.bench.e2e.model;

import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The mapping of a post that has no domain events: a sequence identifier and its
 * {@link PostContent}.
 */
@MappedSuperclass
public abstract class PostFields implements BenchPost {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Embedded
	private PostContent content;

	protected PostFields() {
	}

	protected PostFields(String title, String body) {
		this.content = new PostContent(title, body);
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public PostContent content() {
		return this.content;
	}

}
