"""One loader per collection of demo/content; demo.loader.DemoLoader combines them."""
