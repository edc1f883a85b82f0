package dev.signals.it;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/**
 * An entity whose many-to-many relation lives in an embeddable, at the path
 * {@code contents.tags}.
 */
@Entity
public class Shelf {

	@Id
	@GeneratedValue
	private Long id;

	@Embedded
	private Contents contents = new Contents();

	public Long getId() {
		return this.id;
	}

	public Contents getContents() {
		return this.contents;
	}

	public void setContents(Contents contents) {
		this.contents = contents;
	}

	@Embeddable
	public static class Contents {

		@ManyToMany
		@JoinTable(name = "shelf_tags")
		private Set<Tag> tags = new LinkedHashSet<>();

		public Set<Tag> getTags() {
			return this.tags;
		}

		public void setTags(Set<Tag> tags) {
			this.tags = tags;
		}

	}

}
