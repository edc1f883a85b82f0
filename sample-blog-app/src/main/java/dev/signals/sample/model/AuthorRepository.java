package dev.signals.sample.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Authors.
 */
public interface AuthorRepository extends JpaRepository<Author, Long> {

	/**
	 * All authors by name.
	 * @return the authors
	 */
	List<Author> findAllByOrderByName();

	/**
	 * Whether an author has this name.
	 * @param name the name
	 * @return whether it is taken
	 */
	boolean existsByName(String name);

}
