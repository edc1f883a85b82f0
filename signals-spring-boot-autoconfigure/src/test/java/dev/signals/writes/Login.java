package dev.signals.writes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The seeds' user, whose deletion cascades to its profile.
 */
@Entity
public class Login {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@OneToOne(mappedBy = "login", cascade = CascadeType.REMOVE)
	private LoginProfile profile;

	public LoginProfile getProfile() {
		return this.profile;
	}

	public void setProfile(LoginProfile profile) {
		this.profile = profile;
	}

	public Long getId() {
		return this.id;
	}

}
