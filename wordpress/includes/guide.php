<?php
/**
 * The built-in guide as the plugin's build wrote it (build/guide.json): for English and Spanish,
 * the default heading, the steps' ids and titles (for the editor), and the plain-HTML fallback
 * that goes inside <img-pathway>, so readers without JavaScript and search engines get every
 * word and link. The fallback comes from the same code as the npm package's
 * dist/img-pathway.fallback.html, with three blanks this file fills in: the element's
 * attributes, the guide's heading and the steps' heading level.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

/** The languages the built-in guide is written in. */
const IMG_PATHWAY_LANGUAGES = array( 'en', 'es' );

/**
 * The build's data, read once per request.
 *
 * @return array{languages: array<string, array{heading: string, steps: array, template: string}>}|null
 *         Null when the plugin was copied without its build folder.
 */
function img_pathway_guide_data() {
	static $data = false;
	if ( false === $data ) {
		$file = dirname( __DIR__ ) . '/build/guide.json';
		$data = is_readable( $file ) ? wp_json_file_decode( $file, array( 'associative' => true ) ) : null;
		if ( ! is_array( $data ) || ! isset( $data['languages']['en']['template'] ) ) {
			$data = null;
		}
	}
	return $data;
}

/**
 * The page's language as the guide reads it: the primary subtag of the site's language (`es`
 * for es_MX), which WordPress writes into <html lang>. The site's, not the user's: in the editor
 * too, the guide is shown in the language readers will get.
 *
 * @return string
 */
function img_pathway_page_language() {
	return strtolower( (string) strtok( get_locale(), '-_' ) );
}

/**
 * The language a guide shows: its own `lang` if set, else the page's when the guide is written
 * in it, else English.
 *
 * @param string $lang The guide's `lang` option (`en`, `es` or empty).
 * @return string `en` or `es`.
 */
function img_pathway_guide_language( $lang ) {
	if ( '' !== $lang ) {
		return $lang;
	}
	$page = img_pathway_page_language();
	return in_array( $page, IMG_PATHWAY_LANGUAGES, true ) ? $page : 'en';
}

/**
 * Text for HTML content or a quoted attribute value, every character as written.
 *
 * esc_html() and esc_attr() leave an entity such as `&amp;` as it is, so `&amp;` typed in a
 * heading would read as `&`; the element shows text exactly as given, and the fallback must too.
 *
 * @param string $text Plain text.
 * @return string
 */
function img_pathway_escape( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' );
}

/**
 * <img-pathway> with the plain-HTML guide inside.
 *
 * @param string      $language   `en` or `es`.
 * @param string|null $heading    The guide's heading; null for the built-in one, '' for none.
 * @param int         $level      Level of the guide's heading (2 to 6).
 * @param string      $attributes The element's attributes, escaped, each with a leading space.
 * @return string Empty when the build's data is missing.
 */
function img_pathway_fallback( $language, $heading, $level, $attributes ) {
	$data = img_pathway_guide_data();
	if ( null === $data ) {
		return '';
	}
	$guide   = isset( $data['languages'][ $language ] ) ? $data['languages'][ $language ] : $data['languages']['en'];
	$heading = null === $heading ? $guide['heading'] : $heading;
	// As the element does: steps are one level below the heading (at most 6), or at its level
	// when there is no heading.
	$step_level   = '' === $heading ? $level : min( $level + 1, 6 );
	$heading_html = '' === $heading ? '' : sprintf( "  <h%1\$d>%2\$s</h%1\$d>\n", $level, img_pathway_escape( $heading ) );
	return strtr(
		$guide['template'],
		array(
			'%%ATTRIBUTES%%' => $attributes,
			'%%HEADING%%'    => $heading_html,
			'%%STEP_LEVEL%%' => (string) $step_level,
		)
	);
}
