package dev.signals.writes;

import jakarta.persistence.OneToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The seeds' profile, whose pre-delete receiver deletes its user.
 */
@Entity
public class LoginProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@OneToOne(optional = false)
	private Login login;

	protected LoginProfile() {
	}

	public LoginProfile(Login login) {
		this.login = login;
		login.setProfile(this);
	}

	public Login getLogin() {
		return this.login;
	}

	public Long getId() {
		return this.id;
	}

}
