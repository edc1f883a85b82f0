package dev.signals.sample.service;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

import dev.signals.sample.model.Tag;
import dev.signals.sample.model.TagRepository;
import dev.signals.sample.service.Views.TagView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads tags and finds or creates the tags an article is given.
 */
@Service
@Transactional(readOnly = true)
public class TagService {

	private final TagRepository tags;

	TagService(TagRepository tags) {
		this.tags = tags;
	}

	/**
	 * All tags by name, with their article counts.
	 * @return the tags
	 */
	public List<TagView> list() {
		return this.tags.findAllByOrderByName().stream().map(TagView::of).toList();
	}

	/**
	 * One tag.
	 * @param name the tag's name
	 * @return the tag
	 * @throws NotFoundException if no tag has the name
	 */
	public TagView view(String name) {
		return TagView.of(find(name));
	}

	/**
	 * One tag entity.
	 * @param name the tag's name, in any case
	 * @return the tag
	 * @throws NotFoundException if no tag has the name
	 */
	Tag find(String name) {
		return this.tags.findByName(TagNames.normalize(name)).orElseThrow(() -> new NotFoundException("Tag", name));
	}

	/**
	 * The tags of the given names, created if missing, in the current transaction. Safe
	 * when concurrent requests create the same tag.
	 * @param names tag names in any case, possibly with blanks and duplicates
	 * @return the tags, one per distinct name
	 */
	@Transactional
	public List<Tag> resolve(Collection<String> names) {
		SortedSet<String> wanted = TagNames.normalize(names);
		if (wanted.isEmpty()) {
			return List.of();
		}
		Set<String> existing = this.tags.findByNameIn(wanted).stream().map(Tag::getName).collect(Collectors.toSet());
		wanted.stream().filter((name) -> !existing.contains(name)).forEach(this.tags::insertIfMissing);
		return this.tags.findByNameIn(wanted);
	}

}
