package app.plexinvite;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages keep their boundaries: no cycles, no reaching into another
 * feature's internals.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(PlexInviteApplication.class);

	@Test
	void featurePackagesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theSimulatorAndTheClientShareNothing() {
		var plex = this.modules.getModuleByName("plex").orElseThrow();
		var plexsim = this.modules.getModuleByName("plexsim").orElseThrow();
		assertThat(plex.getDependencies(this.modules).stream()).noneMatch((d) -> d.getTargetModule().equals(plexsim));
		assertThat(plexsim.getDependencies(this.modules).stream()).isEmpty();
	}

	/**
	 * Small helpers every layer may use (the languages among them); they depend on
	 * nothing of ours.
	 */
	private static final Set<String> KERNEL = Set.of("jdbc", "crypto", "i18n", "csv", "jobs");

	@Test
	void clientSecurityAndConfigDependOnNoFeature() {
		for (String name : new String[] { "plex", "security", "config" }) {
			var module = this.modules.getModuleByName(name).orElseThrow();
			assertThat(module.getDependencies(this.modules).stream()).as(name)
				.allMatch((dependency) -> KERNEL.contains(dependency.getTargetModule().getName()));
		}
	}

	@Test
	void theKernelDependsOnNothingOfOurs() {
		for (String name : KERNEL) {
			var module = this.modules.getModuleByName(name).orElseThrow();
			assertThat(module.getDependencies(this.modules).stream()).as(name).isEmpty();
		}
	}

}
