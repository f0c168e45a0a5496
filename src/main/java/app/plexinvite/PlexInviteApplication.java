package app.plexinvite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PlexInviteApplication {

	public static void main(String[] args) {
		SpringApplication.run(PlexInviteApplication.class, args);
	}

}
