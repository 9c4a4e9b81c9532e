/**
 * The public GraphQL queries of the catalogue and the search, added to Payload's schema through
 * `graphQL.queries`. Types are built with the graphql module Payload hands over, so they join its schema.
 */
import type {
  GraphQLEnumType,
  GraphQLList,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLScalarType,
} from 'graphql'
import type { GraphQLExtension } from 'payload'

import { loadCatalogue } from '@/catalogue/load'

import { searchPublished } from './query'

type Context = { req: { payload: Parameters<typeof loadCatalogue>[0] } }

export const publicQueries: GraphQLExtension = (GraphQL) => {
  const { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const str = { type: GraphQLString }
  const nonNull = (
    type: GraphQLEnumType | GraphQLList<GraphQLOutputType> | GraphQLObjectType | GraphQLScalarType,
  ) => ({ type: new GraphQLNonNull(type) })

  const CatalogueNode: InstanceType<typeof GraphQLObjectType> = new GraphQLObjectType({
    name: 'CatalogueNode',
    fields: () => ({
      children: nonNull(new GraphQLList(new GraphQLNonNull(CatalogueNode))),
      count: nonNull(GraphQLInt),
      facet: nonNull(GraphQLString),
      label: nonNull(GraphQLString),
      labelEn: nonNull(GraphQLString),
      value: nonNull(GraphQLString),
    }),
  })
  const CatalogueTree = new GraphQLObjectType({
    name: 'CatalogueTree',
    fields: {
      children: nonNull(new GraphQLList(new GraphQLNonNull(CatalogueNode))),
      total: nonNull(GraphQLInt),
    },
  })
  const SearchHit = new GraphQLObjectType({
    name: 'SearchHit',
    fields: {
      collection: nonNull(GraphQLString),
      id: nonNull(GraphQLString),
      indexNumber: str,
      keyArea: str,
      openness: str,
      publishedAt: str,
      score: nonNull(GraphQLInt),
      snippet: nonNull(GraphQLString),
      title: nonNull(GraphQLString),
      titleHighlight: nonNull(GraphQLString),
      topic: str,
      unitName: str,
      year: nonNull(GraphQLInt),
    },
  })
  const SearchResults = new GraphQLObjectType({
    name: 'SearchResults',
    fields: {
      docs: nonNull(new GraphQLList(new GraphQLNonNull(SearchHit))),
      limit: nonNull(GraphQLInt),
      page: nonNull(GraphQLInt),
      q: nonNull(GraphQLString),
      terms: nonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))),
      totalDocs: nonNull(GraphQLInt),
      totalPages: nonNull(GraphQLInt),
    },
  })

  return {
    Catalogue: {
      type: new GraphQLNonNull(CatalogueTree),
      resolve: (_: unknown, __: unknown, context: Context) => loadCatalogue(context.req.payload),
    },
    Search: {
      type: new GraphQLNonNull(SearchResults),
      args: {
        collection: str,
        keyArea: str,
        limit: { type: GraphQLInt },
        openness: str,
        page: { type: GraphQLInt },
        q: nonNull(GraphQLString),
        topic: str,
        unitId: str,
        year: { type: GraphQLInt },
      },
      resolve: (
        _: unknown,
        { limit, page, q, ...filters }: Record<string, number | string | undefined> & { q: string },
        context: Context,
      ) =>
        searchPublished(context.req.payload, {
          filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v != null)),
          limit: limit as number | undefined,
          page: page as number | undefined,
          q,
        }),
    },
  }
}
