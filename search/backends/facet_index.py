"""The database backends' index classes keep each page's facet values beside its entry (search.facet_rows)."""

from search import facet_rows


class FacetRowsIndex:
    """A mixin for modelsearch's database index classes (SQLite, PostgreSQL)."""

    def add_items(self, model, objs):
        super().add_items(model, objs)
        facet_rows.write(model, [obj.pk for obj in objs], self.write_connection.alias)

    def delete_item(self, item):
        super().delete_item(item)
        facet_rows.forget(type(item), [item.pk], self.write_connection.alias)

    def reset(self):
        super().reset()
        facet_rows.forget_all(self.write_connection.alias)
