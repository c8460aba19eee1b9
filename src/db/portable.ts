// One query layer for both databases: the few rewrites that make a query mean
// the same on SQLite and PostgreSQL, applied to every query as a Kysely plugin.
import {
  type ColumnDataType,
  DataTypeNode,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  ValueNode,
} from 'kysely';
import type { DialectName } from './dialect.ts';

// PostgreSQL's `integer` is 32-bit and `real` single precision; every SQLite
// integer is 64-bit and every real a double. Money sums and epoch milliseconds
// need the width. `blob` does not exist there.
const WIDER_ON_POSTGRES: Partial<Record<ColumnDataType, ColumnDataType>> = {
  integer: 'bigint',
  int4: 'bigint',
  real: 'double precision',
  float4: 'double precision',
  blob: 'bytea',
};

// PostgreSQL text cannot hold U+0000 (the whole statement fails); SQLite can.
// A NUL never means anything in what people type, so it is dropped on both.
const NUL = /\u0000/g;
const clean = (v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.replace(NUL, '') : v);

/** A statement's parameters without U+0000 (the same array when none has one). */
export function withoutNul(params: ReadonlyArray<unknown>): ReadonlyArray<unknown> {
  for (const v of params) if (typeof v === 'string' && v.includes('\u0000')) return params.map(clean);
  return params;
}

class SchemaTypes extends OperationNodeTransformer {
  protected override transformDataType(node: DataTypeNode): DataTypeNode {
    const wider = WIDER_ON_POSTGRES[node.dataType];
    return wider ? DataTypeNode.create(wider) : node;
  }
}

class Values extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    const v = clean(node.value);
    if (v === node.value) return node;
    return node.immediate ? ValueNode.createImmediate(v) : ValueNode.create(v);
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => typeof v === 'string' && v.includes('\u0000'))
      ? PrimitiveValueListNode.create(node.values.map(clean))
      : node;
  }
}

export class PortablePlugin implements KyselyPlugin {
  private readonly schemaTypes = new SchemaTypes();
  private readonly values = new Values();
  constructor(private readonly dialect: DialectName) {}

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'CreateTableNode' || node.kind === 'AlterTableNode') {
      return this.dialect === 'postgres' ? this.schemaTypes.transformNode(node, queryId) : node;
    }
    // On SQLite the statement cache (src/db/connect.ts) cleans parameters, which is
    // much cheaper than rebuilding every query's tree here.
    return this.dialect === 'postgres' ? this.values.transformNode(node, queryId) : node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
