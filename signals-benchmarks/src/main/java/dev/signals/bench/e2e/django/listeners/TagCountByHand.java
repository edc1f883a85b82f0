package dev.signals.bench.e2e.django.listeners;

import java.util.Set;

import dev.signals.bench.e2e.ByHand;
import dev.signals.bench.e2e.django.TagCounter;
import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.BenchTag;

/**
 * The tag counter of the entity-listener variant, updated by the code that adds the tag:
 * the workload calls it right after each {@code post.tag(tag)}.
 */
public class TagCountByHand implements ByHand {

	private final TagCounter tags;

	/**
	 * Create the hook.
	 * @param tags the tag counter
	 */
	public TagCountByHand(TagCounter tags) {
		this.tags = tags;
	}

	@Override
	public void tagged(BenchPost post, BenchTag tag) {
		this.tags.added(Set.of(tag.getId()));
	}

}
