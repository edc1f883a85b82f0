package dev.signals.sample.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Tags.
 */
public interface TagRepository extends JpaRepository<Tag, Long> {

	/**
	 * All tags by name.
	 * @return the tags
	 */
	List<Tag> findAllByOrderByName();

	/**
	 * The tag of this name.
	 * @param name the name, lower case
	 * @return the tag
	 */
	Optional<Tag> findByName(String name);

	/**
	 * The tags of these names.
	 * @param names the names, lower case
	 * @return the tags that exist
	 */
	List<Tag> findByNameIn(Collection<String> names);

	/**
	 * Create the tag of this name unless it exists. Safe when concurrent transactions create
	 * the same tag: the later one waits for the earlier and then does nothing.
	 * @param name the name, lower case
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into tag (name, article_count) values (:name, 0) on conflict do nothing", nativeQuery = true)
	void insertIfMissing(String name);

}
