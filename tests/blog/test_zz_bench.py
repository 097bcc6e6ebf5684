import gc, os, time
from tests.factories import BlogPostPageFactory, TopicFactory

def test_bench(client, blog_index):
    t = TopicFactory()
    t0 = time.process_time()
    for i in range(20):
        BlogPostPageFactory(parent=blog_index, topics=[t])
    t1 = time.process_time()
    for i in range(60):
        assert client.get(blog_index.url).status_code == 200
        assert client.get("/api/v1/search", {"q": "post"}).status_code == 200
    t2 = time.process_time()
    print(f"\nBENCH create {t1-t0:.2f} requests {t2-t1:.2f}")
