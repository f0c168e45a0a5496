package app.plexinvite.plexsim;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

/**
 * The options of the {@link SimulatorCommand}, each {@code --name=value}.
 *
 * @param port the plex.tv port, 0 for a free one
 * @param latency added before every answer ({@link SimFaults#latency})
 * @param maxConcurrent plex.tv requests in flight at most, 0 for no limit
 * ({@link SimFaults#maxConcurrent})
 * @param errorRate the share of requests answering 503 ({@link SimFaults#errorRate})
 */
record SimulatorOptions(int port, Duration latency, int maxConcurrent, double errorRate) {

	static final SimulatorOptions DEFAULTS = new SimulatorOptions(0, Duration.ZERO, 0, 0);

	/**
	 * Reads {@code --name=value} arguments; a later one wins over an earlier one.
	 * @throws IllegalArgumentException with a message naming the bad option
	 */
	static SimulatorOptions parse(String... args) {
		SimulatorOptions options = DEFAULTS;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			String name = (eq < 0) ? arg : arg.substring(0, eq);
			String value = (eq < 0) ? "" : arg.substring(eq + 1).trim();
			options = switch (name) {
				case "--port" -> options.withPort(number(arg, value, 0, 65535));
				case "--latency" -> options.withLatency(duration(arg, value));
				case "--max-concurrent" -> options.withMaxConcurrent(number(arg, value, 0, Integer.MAX_VALUE));
				case "--error-rate" -> options.withErrorRate(fraction(arg, value));
				default -> throw new IllegalArgumentException("unknown option " + arg);
			};
		}
		return options;
	}

	SimulatorOptions withPort(int value) {
		return new SimulatorOptions(value, this.latency, this.maxConcurrent, this.errorRate);
	}

	SimulatorOptions withLatency(Duration value) {
		return new SimulatorOptions(this.port, value, this.maxConcurrent, this.errorRate);
	}

	SimulatorOptions withMaxConcurrent(int value) {
		return new SimulatorOptions(this.port, this.latency, value, this.errorRate);
	}

	SimulatorOptions withErrorRate(double value) {
		return new SimulatorOptions(this.port, this.latency, this.maxConcurrent, value);
	}

	private static int number(String arg, String value, int min, int max) {
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(arg + " needs a whole number "
				+ ((max == Integer.MAX_VALUE) ? min + " or more" : "from " + min + " to " + max));
	}

	private static Duration duration(String arg, String value) {
		try {
			Duration duration = DurationStyle.detectAndParse(value);
			if (!duration.isNegative()) {
				return duration;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new IllegalArgumentException(arg + " needs a duration such as 300ms, 1s or 0");
	}

	private static double fraction(String arg, String value) {
		try {
			double fraction = Double.parseDouble(value);
			if (fraction >= 0 && fraction <= 1) {
				return fraction;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(arg + " needs a fraction from 0 to 1, such as 0.05");
	}

}
