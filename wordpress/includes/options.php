<?php
/**
 * The guide's options: what the block, the shortcode and a pasted <img-pathway> tag accept.
 *
 * block.json is the one definition: each attribute's type, default and allowed values (as JSON
 * Schema `pattern`, `minimum`, `maximum`). WordPress checks block attributes against it before
 * the block renders; the shortcode and pasted tags are checked against the same schema here, and
 * the editor reads it too, to say in the sidebar why a value is not used.
 *
 * @package img-pathway
 */

defined( 'ABSPATH' ) || exit;

/**
 * The block's attribute schema, from block.json.
 *
 * @return array<string, array> Attribute name => JSON Schema.
 */
function img_pathway_schema() {
	static $schema = null;
	if ( null === $schema ) {
		$block  = wp_json_file_decode( dirname( __DIR__ ) . '/block/block.json', array( 'associative' => true ) );
		$schema = is_array( $block ) && isset( $block['attributes'] ) ? $block['attributes'] : array();
	}
	return $schema;
}

/**
 * The options by the names the element, the shortcode and a pasted tag use, and the block
 * attribute each one sets. `accent` is the plugin's own: on the element it becomes the
 * --img-pathway-accent custom property.
 *
 * @return array<string, string> Markup name => block attribute name.
 */
function img_pathway_markup_names() {
	return array(
		'heading'       => 'heading',
		'heading-level' => 'headingLevel',
		'open'          => 'open',
		'single'        => 'single',
		'checklist'     => 'checklist',
		'remember'      => 'remember',
		'theme'         => 'theme',
		'lang'          => 'lang',
		'accent'        => 'accentColor',
	);
}

/**
 * What each option accepts, in plain words, to say why a value was not used.
 *
 * @return array<string, string> Block attribute name => what it accepts.
 */
function img_pathway_accepted_values() {
	return array(
		'heading'      => __( 'Use plain text.', 'img-pathway' ),
		'headingLevel' => __( 'Use a heading level from 2 to 6.', 'img-pathway' ),
		'open'         => __( 'Use none, all, or step numbers (1 to 4) or step ids, separated by commas, such as 1,3 or residency.', 'img-pathway' ),
		'single'       => __( 'Use true or false, or write the word alone to turn it on.', 'img-pathway' ),
		'checklist'    => __( 'Use true or false, or write the word alone to turn it on.', 'img-pathway' ),
		'remember'     => __( 'Use true or false, or write the word alone to turn it on.', 'img-pathway' ),
		'theme'        => __( 'Use light, dark or auto.', 'img-pathway' ),
		'lang'         => __( 'Use en or es, or leave it out for the page’s language.', 'img-pathway' ),
		'accentColor'  => __( 'Use a hex color such as #005ea2.', 'img-pathway' ),
	);
}

/**
 * Whether a value is one the block attribute accepts (its type, pattern and range in block.json).
 *
 * @param string $name  Block attribute name.
 * @param mixed  $value The value, already of the attribute's type where it could be converted.
 * @return bool
 */
function img_pathway_is_valid( $name, $value ) {
	$schema = img_pathway_schema();
	if ( ! isset( $schema[ $name ] ) ) {
		return false;
	}
	// rest_validate_value_from_schema() takes "1" for an integer and "true" for a boolean: the
	// type is checked strictly here, so what passes is what the element is given.
	$types = array(
		'string'  => 'is_string',
		'integer' => 'is_int',
		'boolean' => 'is_bool',
	);
	$type  = $schema[ $name ]['type'];
	if ( ! isset( $types[ $type ] ) || ! call_user_func( $types[ $type ], $value ) ) {
		return false;
	}
	return true === rest_validate_value_from_schema( $value, $schema[ $name ], $name );
}

/**
 * Reads options written as markup (the shortcode's or a pasted tag's attributes, all text) into
 * block attributes. Values that cannot be used are left out, so the element's default applies,
 * and reported.
 *
 * @param array|string $atts Markup name => text. A bare word (`[img_pathway single]`) arrives as a
 *                    numbered entry whose value is the word.
 * @return array{0: array<string, mixed>, 1: array<int, array{0: string, 1: string, 2: string}>}
 *               The block attributes, and the problems: [markup name, value, what it accepts].
 */
function img_pathway_read_markup( $atts ) {
	$names      = img_pathway_markup_names();
	$accepted   = img_pathway_accepted_values();
	$schema     = img_pathway_schema();
	$attributes = array();
	$problems   = array();
	// A shortcode without attributes hands over an empty string.
	foreach ( is_array( $atts ) ? $atts : array() as $key => $text ) {
		if ( is_int( $key ) ) {
			// A bare word turns a boolean option on.
			$key  = strtolower( (string) $text );
			$text = '';
		}
		$key  = strtolower( (string) $key );
		$text = trim( (string) $text );
		if ( ! isset( $names[ $key ] ) ) {
			$problems[] = array( $key, $text, __( 'This is not an option of the guide.', 'img-pathway' ) );
			continue;
		}
		$name  = $names[ $key ];
		$value = img_pathway_typed( $schema[ $name ]['type'], $text, $key );
		if ( img_pathway_is_valid( $name, $value ) ) {
			$attributes[ $name ] = $value;
		} else {
			$problems[] = array( $key, $text, $accepted[ $name ] );
		}
	}
	return array( $attributes, $problems );
}

/**
 * Markup text as a value of the attribute's type. Text that is not of that type stays text,
 * and then fails the check.
 *
 * @param string $type JSON Schema type.
 * @param string $text The value as written.
 * @param string $key  The markup name (a boolean may be written as its own name, as in HTML).
 * @return mixed
 */
function img_pathway_typed( $type, $text, $key ) {
	if ( 'integer' === $type && preg_match( '/^\d{1,2}$/', $text ) ) {
		return (int) $text;
	}
	if ( 'boolean' === $type ) {
		$word = strtolower( $text );
		if ( in_array( $word, array( '', 'true', '1', 'yes', 'on', $key ), true ) ) {
			return true;
		}
		if ( in_array( $word, array( 'false', '0', 'no', 'off' ), true ) ) {
			return false;
		}
	}
	return $text;
}
