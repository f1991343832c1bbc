// Placeholder translation unit until this part of the render concern has sources.
