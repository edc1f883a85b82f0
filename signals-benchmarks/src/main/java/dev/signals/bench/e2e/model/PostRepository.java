package dev.signals.bench.e2e.model;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The Spring Data repository every variant writes its posts through.
 *
 * @param <P> the variant's post class
 */
@NoRepositoryBean
public interface PostRepository<P extends BenchPost> extends JpaRepository<P, Long> {

	/**
	 * A new, transient post.
	 * @param title the title
	 * @param body the body
	 * @return the post
	 */
	P create(String title, String body);

	/**
	 * Posts with their tags, in one query.
	 * @param ids the identifiers
	 * @return the posts
	 */
	@Query("select distinct p from #{#entityName} p left join fetch p.content.tags where p.id in :ids")
	List<P> findWithTags(Collection<Long> ids);

}
