<?php
/**
 * An <img-pathway> tag pasted into a post, as the configurator writes it.
 *
 * WordPress removes unknown tags, and every <script>, from what users without the
 * unfiltered_html capability save (authors and contributors, and everyone where
 * DISALLOW_UNFILTERED_HTML is set). This keeps the tag with the options the element knows,
 * each value checked as the shortcode's are (a value that fails is removed on saving), and
 * loads the script for it. An empty tag gets the plain-HTML guide put inside when the page is
 * shown, for readers without JavaScript and for search engines.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'img_pathway_allow_element', 10, 2 );
// After blocks (9), wpautop (10) and shortcodes (11).
add_filter( 'the_content', 'img_pathway_complete_pasted_elements', 12 );

/**
 * The element's own attributes that a pasted tag may carry (not `accent`: that one is the
 * plugin's, for the shortcode and the block).
 *
 * @return string[]
 */
function img_pathway_element_attributes() {
	return array_diff( array_keys( img_pathway_markup_names() ), array( 'accent' ) );
}

/**
 * Lets <img-pathway> through kses in post content, with its known attributes only.
 *
 * @param array  $tags    Allowed tags => allowed attributes.
 * @param string $context The kses context.
 * @return array
 */
function img_pathway_allow_element( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$attributes = array(
		'id'    => true,
		'class' => true,
	);
	foreach ( img_pathway_element_attributes() as $name ) {
		$attributes[ $name ] = array(
			'value_callback' => function ( $value ) use ( $name ) {
				return array() === img_pathway_read_markup( array( $name => html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) )[1];
			},
		);
	}
	$tags['img-pathway'] = $attributes;
	return $tags;
}

/** An <img-pathway> element: its attributes as written (1) and its content (2). */
const IMG_PATHWAY_ELEMENT = '#<img-pathway(\s[^>]*)?>(.*?)</img-pathway>#is';

/**
 * The <img-pathway> elements in some HTML.
 *
 * @param string $html Post content.
 * @return array[] See img_pathway_read_element().
 */
function img_pathway_pasted_elements( $html ) {
	if ( false === stripos( $html, '<img-pathway' ) || ! preg_match_all( IMG_PATHWAY_ELEMENT, $html, $found, PREG_SET_ORDER ) ) {
		return array();
	}
	return array_map( 'img_pathway_read_element', $found );
}

/**
 * Reads one element found with IMG_PATHWAY_ELEMENT.
 *
 * @param string[] $match The match.
 * @return array `attributes` (as written), `inner` (its content), `known` (the element's options,
 *               as text), `other` (whether it has attributes this plugin does not know, such as src).
 */
function img_pathway_read_element( $match ) {
	$attributes = isset( $match[1] ) ? $match[1] : '';
	$names      = img_pathway_element_attributes();
	$known      = array();
	$other      = false;
	foreach ( wp_kses_hair( $attributes, wp_allowed_protocols() ) as $name => $attribute ) {
		if ( in_array( $name, $names, true ) ) {
			$known[ $name ] = html_entity_decode( $attribute['value'], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		} elseif ( 'id' !== $name && 'class' !== $name ) {
			$other = true;
		}
	}
	return array(
		'attributes' => $attributes,
		'inner'      => isset( $match[2] ) ? $match[2] : '',
		'known'      => $known,
		'other'      => $other,
	);
}

/**
 * Loads the script for the guides in rendered content, and puts the plain-HTML guide inside each
 * empty pasted tag whose options are all the element's own (one with `src` shows someone's own
 * content: its fallback is theirs to write).
 *
 * @param string $content Post content, blocks and shortcodes already rendered.
 * @return string
 */
function img_pathway_complete_pasted_elements( $content ) {
	if ( false === stripos( $content, '<img-pathway' ) ) {
		return $content;
	}
	// wpautop puts a tag that stands on a line of its own into a <p>; the guide is not a paragraph.
	$content = preg_replace( '#<p>\s*(<img-pathway(?:\s[^>]*)?>\s*</img-pathway>)\s*</p>#i', '$1', $content );
	return preg_replace_callback( IMG_PATHWAY_ELEMENT, 'img_pathway_complete_element', $content );
}

/**
 * Loads the script for one element and, if it is an empty pasted tag, fills it in.
 *
 * @param string[] $match The element, found with IMG_PATHWAY_ELEMENT.
 * @return string
 */
function img_pathway_complete_element( $match ) {
	$element    = img_pathway_read_element( $match );
	$attributes = img_pathway_read_markup( $element['known'] )[0];
	img_pathway_enqueue( $attributes );
	if ( '' !== trim( $element['inner'] ) || $element['other'] ) {
		return $match[0];
	}
	$heading  = isset( $attributes['heading'] ) ? $attributes['heading'] : null;
	$level    = isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 2;
	$language = img_pathway_guide_language( isset( $attributes['lang'] ) ? $attributes['lang'] : '' );
	$complete = img_pathway_fallback( $language, $heading, $level, $element['attributes'] );
	return '' === $complete ? $match[0] : rtrim( $complete );
}
