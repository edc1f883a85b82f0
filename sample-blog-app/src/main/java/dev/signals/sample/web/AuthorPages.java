package dev.signals.sample.web;

import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.AuthorInput;
import dev.signals.sample.service.AuthorService;
import dev.signals.sample.service.ConflictException;
import dev.signals.sample.service.FollowInput;
import dev.signals.sample.service.NotificationService;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The authors: list, new author, and each author's page with profile, articles, followers
 * and notifications.
 */
@Controller
class AuthorPages {

	private final AuthorService authors;

	private final ArticleService articles;

	private final NotificationService notifications;

	AuthorPages(AuthorService authors, ArticleService articles, NotificationService notifications) {
		this.authors = authors;
		this.articles = articles;
		this.notifications = notifications;
	}

	@GetMapping("/authors")
	String list(Model model) {
		return listPage(new AuthorInput(), model);
	}

	@PostMapping("/authors")
	String create(@Valid @ModelAttribute("newAuthor") AuthorInput input, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				return "redirect:/authors/" + this.authors.create(input);
			}
			catch (ConflictException ex) {
				errors.rejectValue("name", "conflict", ex.getMessage());
			}
		}
		return listPage(input, model);
	}

	@GetMapping("/authors/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("author", this.authors.view(id));
		model.addAttribute("articles", this.articles.listByAuthor(id));
		model.addAttribute("notifications", this.notifications.forRecipient(id));
		model.addAttribute("others", this.authors.list().stream().filter((other) -> other.id() != id).toList());
		return "author";
	}

	@PostMapping("/authors/{id}/followers")
	String follow(@PathVariable long id, @Valid FollowInput input) {
		this.authors.follow(id, input);
		return "redirect:/authors/" + id;
	}

	private String listPage(AuthorInput input, Model model) {
		model.addAttribute("authors", this.authors.list());
		model.addAttribute("newAuthor", input);
		return "authors";
	}

}
