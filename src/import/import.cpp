// Placeholder: written in the foundation fan-out.
