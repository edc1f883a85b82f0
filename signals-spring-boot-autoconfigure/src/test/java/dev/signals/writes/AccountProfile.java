package dev.signals.writes;

import jakarta.persistence.OneToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The profile created for each new account.
 */
@Entity
public class AccountProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@OneToOne(optional = false)
	private Account account;

	protected AccountProfile() {
	}

	public AccountProfile(Account account) {
		this.account = account;
	}

	public Account getAccount() {
		return this.account;
	}

	public Long getId() {
		return this.id;
	}

}
