/**
 * DynamoDB's expression language: a hand-written tokenizer and recursive-descent parsers for
 * condition, key-condition, filter, projection and update expressions, DynamoDB's static checks
 * (placeholders, reserved words, overlapping paths, operand types) and the evaluation of the
 * compiled expressions against items. Every malformed expression becomes a ValidationException.
 */
package dev.dynasim.engine.expr;
