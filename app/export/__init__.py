"""Printed documents (reportlab), no Qt: filled by the equipment and agreement issues."""
