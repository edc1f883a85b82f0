package dev.signals.it;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	@Modifying
	@Query("delete from Article a where a.title = :title")
	int deleteByTitle(String title);

}
