package dev.signals.sample.service;

import java.util.List;

import dev.signals.sample.model.Author;
import dev.signals.sample.model.AuthorRepository;
import dev.signals.sample.service.Views.AuthorView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What can be done with authors. Their profiles are made by a receiver.
 */
@Service
@Transactional(readOnly = true)
public class AuthorService {

	private final AuthorRepository authors;

	AuthorService(AuthorRepository authors) {
		this.authors = authors;
	}

	/**
	 * All authors by name.
	 * @return the authors
	 */
	public List<AuthorView> list() {
		return this.authors.findAllByOrderByName().stream().map(AuthorView::of).toList();
	}

	/**
	 * One author with profile and followers.
	 * @param id the author's id
	 * @return the author
	 * @throws NotFoundException if no author has the id
	 */
	public AuthorView view(long id) {
		return AuthorView.of(find(id));
	}

	/**
	 * Create an author.
	 * @param input the name
	 * @return the new author's id
	 */
	@Transactional
	public long create(AuthorInput input) {
		String name = Texts.trim(input.getName());
		if (this.authors.existsByName(name)) {
			throw new ConflictException("name", "an author is already called '" + name + "'");
		}
		return this.authors.save(new Author(name)).getId();
	}

	/**
	 * Make one author follow another; following twice changes nothing.
	 * @param id the id of the author to follow
	 * @param input who follows
	 */
	@Transactional
	public void follow(long id, FollowInput input) {
		Author author = find(id);
		if (author.getId().equals(input.getFollowerId())) {
			throw new InvalidFieldException("followerId", "an author cannot follow themselves");
		}
		Author follower = this.authors.findById(input.getFollowerId())
			.orElseThrow(() -> new InvalidFieldException("followerId", "no author has id " + input.getFollowerId()));
		author.getFollowers().add(follower);
	}

	private Author find(long id) {
		return Lookups.author(this.authors, id);
	}

}
