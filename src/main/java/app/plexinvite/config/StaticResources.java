package app.plexinvite.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The stylesheets, scripts, icon and webjars, served from these paths only (Spring Boot's
 * own mappings are off: {@code spring.web.resources.add-mappings=false}). Boot maps every
 * path ("/**") to the static folders, and with the resource chain (on for the versionless
 * webjar links) every link a page renders was then looked up in the jar as a possible
 * file, a miss never cached: three quarters of the people page's time. Now a link that is
 * no asset is passed over by its path alone.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
	}

}
