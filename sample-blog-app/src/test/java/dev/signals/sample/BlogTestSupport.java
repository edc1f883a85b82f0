package dev.signals.sample;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs a test against the whole blog on a random port, on PostgreSQL, in the schema
 * {@code blog_it} (or the one {@code -Dblog.test-schema} names). Every subclass shares one
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("blog-it")
@Import({ OwnTestSchema.class, FailingPublication.class, DeletionDuringPublication.class })
abstract class BlogTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	BlogApi api() {
		return new BlogApi("http://localhost:" + this.port);
	}

	long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

	/**
	 * Every tag's article count, as the m2m receiver keeps it, equals its rows in the join
	 * table.
	 */
	void assertTagCountsMatchTheJoinTable() {
		List<Map<String, Object>> wrong = this.jdbc.queryForList("select t.name, t.article_count, "
				+ "(select count(*) from article_tag j where j.tag_id = t.id) as rows from tag t "
				+ "where t.article_count <> (select count(*) from article_tag j where j.tag_id = t.id)");
		assertThat(wrong).as("tags whose article count differs from the join table").isEmpty();
	}

}
