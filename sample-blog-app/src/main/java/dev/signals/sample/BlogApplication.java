package dev.signals.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

/**
 * The sample blog: articles, tags, comments and authors whose slugs, word counts, profiles,
 * cache and activity log are kept by model signals.
 */
@SpringBootApplication
@EnableCaching
public class BlogApplication {

	/**
	 * Start the blog.
	 * @param args command-line arguments
	 */
	public static void main(String[] args) {
		SpringApplication.run(BlogApplication.class, args);
	}

}
