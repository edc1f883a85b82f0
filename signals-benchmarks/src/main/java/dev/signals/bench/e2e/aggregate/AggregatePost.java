package dev.signals.bench.e2e.aggregate;

import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.PostContent;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A post that records Spring Data domain events when it is created, retitled and
 * discarded; its repository publishes them on {@code save} and {@code delete}.
 */
@Entity
public class AggregatePost extends AbstractAggregateRoot<AggregatePost> implements BenchPost {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Embedded
	private PostContent content;

	protected AggregatePost() {
	}

	AggregatePost(String title, String body) {
		this.content = new PostContent(title, body);
		registerEvent(new PostWritten(this));
	}

	@Override
	public Long getId() {
		return this.id;
	}

	@Override
	public PostContent content() {
		return this.content;
	}

	@Override
	public void retitle(String title) {
		BenchPost.super.retitle(title);
		registerEvent(new PostWritten(this));
	}

	@Override
	public void discard() {
		registerEvent(new PostWritten(this));
	}

}
