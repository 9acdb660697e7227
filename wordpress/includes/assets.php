<?php
/**
 * The guide's script: the plugin's own copy of the bundle (build/img-pathway.js), loaded only on
 * pages that show a guide, once however many they show, and from this site only.
 *
 * Where it goes: in <head>, without defer, so the guide is whole before the browser first
 * paints and nothing on the page moves (the README's recommended embed). Block themes render
 * the page before <head> is written, so a guide enqueues its script in time by rendering.
 * Classic themes write <head> first: for them the posts about to be shown are scanned for
 * guides when scripts are enqueued. A guide found neither way (a shortcode in a widget, say)
 * still works: its script then comes in the footer.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'img_pathway_register_scripts', 5 );
add_action( 'wp_enqueue_scripts', 'img_pathway_enqueue_for_posts' );

/**
 * Registers the bundle and the two text files a page may load before it. The bundle loads what
 * else it needs from its own folder, with the same ?ver= query (see src/content/chunks.ts).
 */
function img_pathway_register_scripts() {
	$url = plugins_url( 'build/', IMG_PATHWAY_FILE );
	wp_register_script( 'img-pathway', $url . 'img-pathway.js', array(), IMG_PATHWAY_VERSION, false );
	wp_register_script( 'img-pathway-text-en', $url . 'img-pathway.en.js', array(), IMG_PATHWAY_VERSION, false );
	wp_register_script( 'img-pathway-text-es', $url . 'img-pathway.es.js', array(), IMG_PATHWAY_VERSION, false );
}

/**
 * Loads the script for a guide about to be shown.
 *
 * A Spanish guide, or an English one with a step open, needs a text file for its first frame.
 * Loaded by its own tag just before the bundle, it is there when the guide first renders, so no
 * text fills in after the first paint. Once the bundle is out, a later tag would come too late:
 * the bundle fetches the file itself.
 *
 * @param array $attributes The guide's checked block attributes.
 */
function img_pathway_enqueue( $attributes ) {
	$language = img_pathway_guide_language( isset( $attributes['lang'] ) ? $attributes['lang'] : '' );
	$has_open = isset( $attributes['open'] ) && 'none' !== trim( $attributes['open'] );
	$text     = 'es' === $language ? 'img-pathway-text-es' : ( $has_open ? 'img-pathway-text-en' : '' );
	$scripts  = wp_scripts();
	$bundle   = $scripts->query( 'img-pathway', 'registered' );
	if ( '' !== $text && $bundle && ! in_array( 'img-pathway', $scripts->done, true ) && ! in_array( $text, $bundle->deps, true ) ) {
		$bundle->deps[] = $text;
	}
	wp_enqueue_script( 'img-pathway' );
}

/**
 * Enqueues the script for the guides in the posts this page shows, before <head> is written.
 * Reads only what WordPress has already loaded: no query.
 */
function img_pathway_enqueue_for_posts() {
	global $wp_query;
	if ( ! $wp_query instanceof WP_Query ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( ! $post instanceof WP_Post || post_password_required( $post ) ) {
			continue;
		}
		array_map( 'img_pathway_enqueue', img_pathway_guides_in( $post->post_content ) );
	}
}

/**
 * The guides in a post's content, as checked block attributes: blocks, shortcodes and pasted
 * <img-pathway> tags.
 *
 * @param string $content Post content as saved.
 * @return array[]
 */
function img_pathway_guides_in( $content ) {
	$guides = array();
	if ( has_block( 'img-pathway/guide', $content ) ) {
		$type = WP_Block_Type_Registry::get_instance()->get_registered( 'img-pathway/guide' );
		$walk = function ( $blocks ) use ( &$walk, &$guides, $type ) {
			foreach ( $blocks as $block ) {
				if ( 'img-pathway/guide' === $block['blockName'] && $type ) {
					$guides[] = $type->prepare_attributes_for_render( $block['attrs'] );
				}
				$walk( $block['innerBlocks'] );
			}
		};
		$walk( parse_blocks( $content ) );
	}
	if ( has_shortcode( $content, 'img_pathway' ) && preg_match_all( '/' . get_shortcode_regex( array( 'img_pathway' ) ) . '/', $content, $found, PREG_SET_ORDER ) ) {
		foreach ( $found as $shortcode ) {
			// [[img_pathway]] is the shortcode written out as text, not a guide.
			if ( '[' !== $shortcode[1] ) {
				$guides[] = img_pathway_read_markup( shortcode_parse_atts( $shortcode[3] ) )[0];
			}
		}
	}
	foreach ( img_pathway_pasted_elements( $content ) as $element ) {
		$guides[] = img_pathway_read_markup( $element['known'] )[0];
	}
	return $guides;
}
