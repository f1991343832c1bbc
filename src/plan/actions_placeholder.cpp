// Placeholder translation unit until this part of the plan concern has sources.
