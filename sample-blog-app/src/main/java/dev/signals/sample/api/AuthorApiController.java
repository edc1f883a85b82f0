package dev.signals.sample.api;

import java.net.URI;
import java.util.List;

import dev.signals.sample.service.AuthorInput;
import dev.signals.sample.service.AuthorService;
import dev.signals.sample.service.FollowInput;
import dev.signals.sample.service.NotificationService;
import dev.signals.sample.service.Views.AuthorView;
import dev.signals.sample.service.Views.NotificationView;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API of authors, their followers and their notifications; JSON only, as
 * {@link ArticleApiController}.
 */
@RestController
@RequestMapping(path = "/api/authors", produces = MediaType.APPLICATION_JSON_VALUE)
class AuthorApiController {

	private final AuthorService authors;

	private final NotificationService notifications;

	AuthorApiController(AuthorService authors, NotificationService notifications) {
		this.authors = authors;
		this.notifications = notifications;
	}

	@GetMapping
	List<AuthorView> list() {
		return this.authors.list();
	}

	@GetMapping("/{id}")
	AuthorView get(@PathVariable long id) {
		return this.authors.view(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AuthorView> create(@Valid @RequestBody AuthorInput input) {
		long id = this.authors.create(input);
		return ResponseEntity.created(URI.create("/api/authors/" + id)).body(this.authors.view(id));
	}

	@PostMapping(path = "/{id}/followers", consumes = MediaType.APPLICATION_JSON_VALUE)
	AuthorView follow(@PathVariable long id, @Valid @RequestBody FollowInput input) {
		this.authors.follow(id, input);
		return this.authors.view(id);
	}

	@GetMapping("/{id}/notifications")
	List<NotificationView> notifications(@PathVariable long id) {
		this.authors.view(id);
		return this.notifications.forRecipient(id);
	}

}
