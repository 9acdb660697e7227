<?php
/**
 * The guide's markup: <img-pathway> with its options as attributes and the plain-HTML guide
 * inside, as the block and the shortcode write it.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

// Blocks render before wptexturize runs on the post: without this, it would rewrite the quotes
// and dashes of a guide's fallback and heading, so readers without JavaScript would not read the
// same text as everyone else.
add_filter( 'no_texturize_tags', 'img_pathway_no_texturize' );

/**
 * Adds <img-pathway> to the tags whose content wptexturize leaves as it is.
 *
 * @param string[] $tags Tags wptexturize skips.
 * @return string[]
 */
function img_pathway_no_texturize( $tags ) {
	$tags[] = 'img-pathway';
	return $tags;
}

/**
 * Renders a guide and loads its script.
 *
 * @param array  $attributes Checked block attributes (see img_pathway_schema()); missing ones take the element's default.
 * @param string $extra      More attributes for the element, already escaped (the block's class).
 * @return string
 */
function img_pathway_render( $attributes, $extra = '' ) {
	$lang     = isset( $attributes['lang'] ) ? $attributes['lang'] : '';
	$language = img_pathway_guide_language( $lang );
	if ( '' === $lang && ! in_array( img_pathway_page_language(), IMG_PATHWAY_LANGUAGES, true ) ) {
		// The page is in a language the guide is not written in: it shows English, and says so,
		// for screen readers and for the element (which would otherwise warn).
		$lang = 'en';
	}
	// A heading saved by a user without unfiltered_html went through kses, which writes `&` as
	// `&amp;`: read entities back into text, so every role's heading shows as typed.
	$heading = isset( $attributes['heading'] ) ? html_entity_decode( $attributes['heading'], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) : null;
	$level   = isset( $attributes['headingLevel'] ) ? (int) $attributes['headingLevel'] : 2;
	$open    = isset( $attributes['open'] ) ? trim( $attributes['open'] ) : 'none';

	$html = '' === $extra ? '' : ' ' . trim( $extra );
	if ( null !== $heading ) {
		$html .= ' heading="' . img_pathway_escape( $heading ) . '"';
	}
	if ( 2 !== $level ) {
		$html .= ' heading-level="' . $level . '"';
	}
	if ( 'none' !== $open ) {
		$html .= ' open="' . img_pathway_escape( $open ) . '"';
	}
	foreach ( array( 'single', 'checklist', 'remember' ) as $flag ) {
		if ( ! empty( $attributes[ $flag ] ) ) {
			$html .= ' ' . $flag;
		}
	}
	if ( isset( $attributes['theme'] ) && 'light' !== $attributes['theme'] ) {
		$html .= ' theme="' . img_pathway_escape( $attributes['theme'] ) . '"';
	}
	if ( '' !== $lang ) {
		$html .= ' lang="' . img_pathway_escape( $lang ) . '"';
	}
	if ( isset( $attributes['accentColor'] ) ) {
		$html .= ' style="--img-pathway-accent: ' . img_pathway_escape( $attributes['accentColor'] ) . '"';
	}

	img_pathway_enqueue( $attributes );
	return img_pathway_fallback( $language, $heading, $level, $html );
}

/**
 * A note above a guide whose options could not all be used, for the people who can edit the
 * page; readers never see it.
 *
 * @param array $problems Each: [option, value, what it accepts] (see img_pathway_read_markup()).
 * @return string
 */
function img_pathway_problems_note( $problems ) {
	if ( empty( $problems ) ) {
		return '';
	}
	$post = get_post();
	if ( ! ( $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( 'edit_posts' ) ) ) {
		return '';
	}
	$items = '';
	foreach ( $problems as $problem ) {
		$items .= '<li>' . img_pathway_escape(
			sprintf(
				/* translators: 1: an option's name, such as theme. 2: the value given. 3: what the option accepts. */
				__( '%1$s="%2$s" is not used, so the default applies. %3$s', 'img-pathway' ),
				$problem[0],
				$problem[1],
				$problem[2]
			)
		) . '</li>';
	}
	return '<div class="img-pathway-problems" role="note"><p>' .
		esc_html__( 'IMG pathway: some options of this guide cannot be used. Only people who can edit this page see this note.', 'img-pathway' ) .
		'</p><ul>' . $items . '</ul></div>';
}
