package app.plexinvite.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files, each under its own path, instead of Spring Boot's catch-all
 * {@code /**} (off with {@code spring.web.resources.add-mappings=false}).
 *
 * <p>
 * Why: with the WebJars locator the resource chain is on, so Thymeleaf asks the
 * {@code ResourceUrlProvider} about every {@code @{...}} link of every page. Under a
 * catch-all pattern a link such as {@code /} or {@code /admin/users} is looked up in four
 * classpath folders inside the jar on every render, and a miss is never cached: the
 * benchmark (docs/benchmarks.md) found most of the public page's time there. With these
 * patterns only real asset links are looked up, once. The URLs stay the same; WebJars
 * links still get their version filled in.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** The folders of src/main/resources/static, each served under its own name. */
	private static final String[] FOLDERS = { "css", "js", "images" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
