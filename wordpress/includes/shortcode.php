<?php
/**
 * The [img_pathway] shortcode, for the classic editor and page builders. It takes the element's
 * attribute names (`heading`, `heading-level`, `open`, `single`, `checklist`, `remember`,
 * `theme`, `lang`) and `accent`; booleans as bare words (`[img_pathway single]`) or `="true"`.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'img_pathway_register_shortcode' );

/** Registers [img_pathway]. */
function img_pathway_register_shortcode() {
	add_shortcode( 'img_pathway', 'img_pathway_shortcode' );
}

/**
 * Renders [img_pathway]: options that cannot be used are left out (their default applies), and
 * the people who can edit the page are told which and why.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string
 */
function img_pathway_shortcode( $atts ) {
	list( $attributes, $problems ) = img_pathway_read_markup( $atts );
	return img_pathway_problems_note( $problems ) . img_pathway_render( $attributes );
}
